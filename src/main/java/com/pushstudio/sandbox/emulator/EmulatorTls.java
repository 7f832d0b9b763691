package com.pushstudio.sandbox.emulator;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the emulator's TLS files are ({@code push-studio.emulator.*}): by default all in
 * the data folder, made on the first start. Name a certificate and key of your own
 * instead, and only the truststore is made from it.
 *
 * @param certificate the server's certificate (PEM); also what clients trust
 * ({@code NODE_EXTRA_CA_CERTS})
 * @param privateKey its private key (PEM, PKCS#8)
 * @param truststore a PKCS12 truststore holding the certificate, for Java
 * ({@code -Djavax.net.ssl.trustStore})
 * @param hostNames the names and addresses a made certificate is valid for
 */
record EmulatorTls(Path certificate, Path privateKey, Path truststore, @DefaultValue( {
		"localhost", "127.0.0.1", "::1" }) List<String> hostNames){

	static final String PREFIX = "push-studio.emulator";

}
