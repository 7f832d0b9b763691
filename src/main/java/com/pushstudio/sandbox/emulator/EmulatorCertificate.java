package com.pushstudio.sandbox.emulator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Makes the emulator's self-signed certificate once, before the web server reads it from
 * its SSL bundle: an RSA key, a certificate for {@code localhost} and the loopback
 * addresses as {@code openssl req -x509} makes one (so it is its own trust anchor), a PEM
 * of it and a PKCS12 truststore. A certificate already there is kept, so trust set up
 * once lasts.
 */
class EmulatorCertificate implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	static final Duration VALIDITY = Duration.ofDays(825);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		EmulatorTls tls = Binder.get(event.getEnvironment()).bindOrCreate(EmulatorTls.PREFIX, EmulatorTls.class);
		try {
			if (!Files.exists(tls.certificate())) {
				create(tls);
			}
			if (!Files.exists(tls.truststore()) || Files.getLastModifiedTime(tls.truststore())
				.compareTo(Files.getLastModifiedTime(tls.certificate())) < 0) {
				writeTruststore(tls);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the emulator's certificate files", ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Could not make the emulator's certificate", ex);
		}
	}

	private static void create(EmulatorTls tls)
			throws IOException, GeneralSecurityException, OperatorCreationException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Push Studio emulator,O=Push Studio");
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
				new BigInteger(127, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(VALIDITY)), name, keys.getPublic());
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
			.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(keys.getPublic()))
			.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(keys.getPublic()))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
			.addExtension(Extension.subjectAlternativeName, false, alternativeNames(tls.hostNames()));
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		writePem(tls.privateKey(), new PemObject("PRIVATE KEY", keys.getPrivate().getEncoded()));
		writePem(tls.certificate(), new PemObject("CERTIFICATE", certificate.getEncoded()));
	}

	private static GeneralNames alternativeNames(List<String> hostNames) {
		return new GeneralNames(hostNames.stream()
			.map((host) -> isAddress(host) ? new GeneralName(GeneralName.iPAddress, host)
					: new GeneralName(GeneralName.dNSName, host))
			.toArray(GeneralName[]::new));
	}

	private static boolean isAddress(String host) {
		return host.contains(":") || host.chars().allMatch((c) -> c == '.' || Character.isDigit(c));
	}

	private static void writePem(Path file, PemObject pem) throws IOException {
		createParent(file);
		try (Writer writer = Files.newBufferedWriter(file); JcaPEMWriter pemWriter = new JcaPEMWriter(writer)) {
			pemWriter.writeObject(pem);
		}
	}

	/**
	 * Without a MAC or encrypted certificates, so that Java reads it with no password, as
	 * {@code -Djavax.net.ssl.trustStore} alone does, and with any password.
	 */
	private static void writeTruststore(EmulatorTls tls) throws IOException, GeneralSecurityException {
		X509Certificate certificate;
		try (var in = Files.newInputStream(tls.certificate())) {
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		KeyStore truststore = KeyStore.getInstance("PKCS12");
		truststore.load(null, null);
		truststore.setCertificateEntry("push-studio-emulator", certificate);
		createParent(tls.truststore());
		String certProtection = System.getProperty("keystore.pkcs12.certProtectionAlgorithm");
		String mac = System.getProperty("keystore.pkcs12.macAlgorithm");
		System.setProperty("keystore.pkcs12.certProtectionAlgorithm", "NONE");
		System.setProperty("keystore.pkcs12.macAlgorithm", "NONE");
		try (OutputStream out = Files.newOutputStream(tls.truststore())) {
			truststore.store(out, new char[0]);
		}
		finally {
			restore("keystore.pkcs12.certProtectionAlgorithm", certProtection);
			restore("keystore.pkcs12.macAlgorithm", mac);
		}
	}

	private static void restore(String property, String value) {
		if (value == null) {
			System.clearProperty(property);
		}
		else {
			System.setProperty(property, value);
		}
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}

}
