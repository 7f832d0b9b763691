package com.pushstudio.account;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_A;
import static com.pushstudio.account.TokenStoreTestConfiguration.KEY_B;
import static com.pushstudio.account.TokenStoreTestConfiguration.cipher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenCipherTests {

	private static final TokenSlot ALICE_ACCESS = TokenSlot.access("azure", "alice");

	@Test
	void aCiphertextDecryptsAfterARestartWithTheSameKey() {
		String ciphertext = cipher(KEY_A).encrypt("token", ALICE_ACCESS);

		assertThat(cipher(KEY_A).decrypt(ciphertext, ALICE_ACCESS)).isEqualTo("token");
	}

	@Test
	void aCiphertextNamesItsKeyWhereverTheKeyIsListed() {
		String underA = cipher(KEY_A).encrypt("token", ALICE_ACCESS);

		assertThat(cipher(KEY_B + "," + KEY_A).decrypt(underA, ALICE_ACCESS)).isEqualTo("token");
		assertThat(cipher(KEY_B + "," + KEY_A).isUnderPrimaryKey(underA)).isFalse();
		assertThat(cipher(KEY_A + "," + KEY_B).isUnderPrimaryKey(underA)).isTrue();
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> cipher(KEY_B).decrypt(underA, ALICE_ACCESS));
	}

	@Test
	void theFirstKeyEncrypts() {
		String ciphertext = cipher(KEY_B + "," + KEY_A).encrypt("token", ALICE_ACCESS);

		assertThat(cipher(KEY_B).decrypt(ciphertext, ALICE_ACCESS)).isEqualTo("token");
	}

	@Test
	void anAccessTokenCiphertextDoesNotDecryptAsTheRefreshToken() {
		String ciphertext = cipher(KEY_A).encrypt("token", ALICE_ACCESS);

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> cipher(KEY_A).decrypt(ciphertext, TokenSlot.refresh("azure", "alice")))
			.withMessageContaining("refresh token of registration 'azure', user 'alice'");
	}

	@Test
	void aCiphertextWithOneByteFlippedIsRejected() {
		byte[] ciphertext = Base64.getDecoder().decode(cipher(KEY_A).encrypt("token", ALICE_ACCESS));
		ciphertext[ciphertext.length - 1] ^= 0x01;

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> cipher(KEY_A).decrypt(Base64.getEncoder().encodeToString(ciphertext), ALICE_ACCESS));
	}

	@Test
	void theSameKeyListedTwiceIsRefusedClearly() {
		assertThatExceptionOfType(TokenEncryptionKeyException.class).isThrownBy(() -> cipher(KEY_A + "," + KEY_A))
			.withMessageContaining("listed twice")
			.withMessageNotContaining(KEY_A);
	}

}
