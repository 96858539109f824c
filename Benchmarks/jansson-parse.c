/* Baseline for the benchmark: parse every file named on stdin with jansson, single-threaded, with the
 * same flags manifestlint uses, and print how many documents parsed. No checks, no report. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    char path[4096];
    long parsed = 0, failed = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        json_error_t error;
        json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &error);
        if (root) { parsed++; json_decref(root); } else { failed++; }
    }
    printf("%ld parsed, %ld failed\n", parsed, failed);
    return failed != 0;
}
