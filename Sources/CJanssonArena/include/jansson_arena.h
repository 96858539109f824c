#ifndef MANIFESTLINT_JANSSON_ARENA_H
#define MANIFESTLINT_JANSSON_ARENA_H
#include <stddef.h>

/* A per-thread bump allocator for what jansson builds while it parses one document (installed with
 * json_set_alloc_funcs). Between manifestlint_arena_begin() and manifestlint_arena_end() on a thread, jansson's
 * allocations on that thread come from the thread's arena and its frees of them do nothing; end() releases the
 * document's values all at once, so the tree is never freed node by node (do not json_decref it). Outside that
 * window both functions are plain malloc and free. */
void manifestlint_arena_begin(void);
void manifestlint_arena_end(void);
void *manifestlint_arena_alloc(size_t size);
void manifestlint_arena_free(void *pointer);
#endif
