/* SHA-256 (FIPS 180-4), the hash the result cache keys entries and file
 * contents with: a collision would give a wrong result, so the key is a
 * cryptographic hash rather than the FNV the fingerprints use. */
#ifndef XLATCHECK_SHA256_H
#define XLATCHECK_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t len; /* bytes hashed so far */
	unsigned char buf[64];
	size_t nbuf;
};

#define SHA256_HEX_LEN 64

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t n);
/* A string and its terminating NUL, so "ab","c" and "a","bc" differ. */
void sha256_str(struct sha256 *s, const char *str);
/* Writes 64 hex digits and a NUL into hex. */
void sha256_hex(struct sha256 *s, char hex[SHA256_HEX_LEN + 1]);

#endif
