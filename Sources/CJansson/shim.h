#ifndef MANIFESTLINT_CJANSSON_SHIM_H
#define MANIFESTLINT_CJANSSON_SHIM_H
#include <jansson.h>

/* Macros and inline functions Swift cannot import directly. */
static inline json_type manifestlint_json_typeof(const json_t *value) { return json_typeof(value); }
static inline int manifestlint_json_error_code(const json_error_t *error) { return (int)json_error_code(error); }
#endif
