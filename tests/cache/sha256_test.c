/* The cache's SHA-256 against FIPS 180-4's test vectors, including input
 * fed in pieces that straddle the 64-byte blocks. */
#include <stdio.h>
#include <string.h>

#include "cache/sha256.h"

static int check(const char *what, const char *data, size_t len, size_t repeat, size_t piece,
                 const char *want)
{
	struct sha256 s;
	char hex[SHA256_HEX_LEN + 1];
	sha256_init(&s);
	for (size_t r = 0; r < repeat; r++)
		for (size_t i = 0; i < len; i += piece)
			sha256_update(&s, data + i, len - i < piece ? len - i : piece);
	sha256_hex(&s, hex);
	if (strcmp(hex, want)) {
		printf("FAIL %s: %s, want %s\n", what, hex, want);
		return 1;
	}
	return 0;
}

int main(void)
{
	const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char a1000[1000];
	memset(a1000, 'a', sizeof(a1000));
	int fail = 0;
	fail += check("empty", "", 0, 1, 1,
	              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	fail += check("abc", "abc", 3, 1, 1,
	              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	fail += check("448 bits", two_blocks, strlen(two_blocks), 1, 7,
	              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	fail += check("a million a", a1000, sizeof(a1000), 1000, 333,
	              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	if (!fail)
		puts("PASS");
	return fail ? 1 : 0;
}
