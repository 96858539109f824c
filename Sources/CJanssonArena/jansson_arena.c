#include "jansson_arena.h"
#include <stdint.h>
#include <stdlib.h>

/* Chunks are chained newest first. A chunk grows to twice its predecessor (from 64 KiB, at most 8 MiB, or the
 * request when larger), so a large document wastes at most the unused tail of its last chunks; end() keeps the
 * newest chunk when it is at most 1 MiB, for the thread's next document, and frees the rest. A thread's kept chunk
 * lives as long as the thread (the lint workers live as long as the run). */
typedef struct chunk {
    struct chunk *previous;
    size_t capacity, used;
    _Alignas(16) unsigned char data[];
} chunk;

enum { first_capacity = 64 << 10, largest_growth = 8 << 20, kept_capacity = 1 << 20 };

static _Thread_local chunk *current;
static _Thread_local int active;

void manifestlint_arena_begin(void) { active = 1; }

void manifestlint_arena_end(void) {
    active = 0;
    chunk *kept = current && current->capacity <= kept_capacity ? current : NULL;
    for (chunk *c = kept ? kept->previous : current; c;) {
        chunk *older = c->previous;
        free(c);
        c = older;
    }
    current = kept;
    if (kept) {
        kept->previous = NULL;
        kept->used = 0;
    }
}

static int owned(const void *pointer) {
    for (const chunk *c = current; c; c = c->previous) {
        if ((const unsigned char *)pointer >= c->data && (const unsigned char *)pointer < c->data + c->capacity) return 1;
    }
    return 0;
}

void *manifestlint_arena_alloc(size_t size) {
    if (!active) return malloc(size);
    if (size > SIZE_MAX - 15) return NULL;
    size = (size + 15) & ~(size_t)15;
    if (!current || current->capacity - current->used < size) {
        size_t capacity = current ? current->capacity * 2 : first_capacity;
        if (capacity > largest_growth) capacity = largest_growth;
        if (capacity < size) capacity = size;
        if (capacity > SIZE_MAX - sizeof(chunk)) return NULL;
        chunk *fresh = malloc(sizeof(chunk) + capacity);
        if (!fresh) return NULL;
        fresh->previous = current;
        fresh->capacity = capacity;
        fresh->used = 0;
        current = fresh;
    }
    void *pointer = current->data + current->used;
    current->used += size;
    return pointer;
}

void manifestlint_arena_free(void *pointer) {
    if (!pointer) return;
    if (active && owned(pointer)) return;
    free(pointer);
}
