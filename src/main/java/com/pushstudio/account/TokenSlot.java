package com.pushstudio.account;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Which stored token a ciphertext belongs to: its row (registration and user) and whether
 * it is the access or the refresh token. Encrypting with this as associated data means a
 * ciphertext copied to another row, or into the other column, no longer decrypts.
 */
record TokenSlot(String registrationId, String principalName, Kind kind) {

	enum Kind {

		ACCESS, REFRESH

	}

	static TokenSlot access(String registrationId, String principalName) {
		return new TokenSlot(registrationId, principalName, Kind.ACCESS);
	}

	static TokenSlot refresh(String registrationId, String principalName) {
		return new TokenSlot(registrationId, principalName, Kind.REFRESH);
	}

	/** Length-prefixed fields, so that no two slots share an encoding. */
	byte[] associatedData() {
		var bytes = new ByteArrayOutputStream();
		try (var out = new DataOutputStream(bytes)) {
			out.writeUTF("push-studio/authorized_client/v1");
			out.writeUTF(this.registrationId);
			out.writeUTF(this.principalName);
			out.writeUTF(this.kind.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	String describe() {
		return this.kind.name().toLowerCase(Locale.ROOT) + " token of registration '" + this.registrationId
				+ "', user '" + this.principalName + "'";
	}

}
