package com.pushstudio.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trust in a standalone emulator's certificate, read from the PKCS12 truststore it wrote
 * (with no password, as {@code -Djavax.net.ssl.trustStore} alone reads it). For one
 * client, {@link #context}; for everything in this JVM, {@link #trustJvmWide}, the test's
 * stand-in for starting the app with {@code -Djavax.net.ssl.trustStore}: the app's HTTP
 * clients and Spring Security's key fetch use the JVM's default context.
 */
public final class EmulatorTrust {

	private static final List<X509TrustManager> TRUSTED = new CopyOnWriteArrayList<>();

	private static boolean installed;

	private EmulatorTrust() {
	}

	/** A TLS context that trusts the emulator's certificate and nothing else. */
	public static SSLContext context(Path truststore) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { trustManager(load(truststore)) }, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JVM's default context trusts the emulator's certificate beside the JDK's. */
	public static synchronized void trustJvmWide(Path truststore) {
		try {
			if (!installed) {
				TRUSTED.add(trustManager(null));
				SSLContext context = SSLContext.getInstance("TLS");
				context.init(null, new TrustManager[] { new AnyOf() }, null);
				SSLContext.setDefault(context);
				HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
				installed = true;
			}
			TRUSTED.add(trustManager(load(truststore)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyStore load(Path truststore) throws GeneralSecurityException {
		try (InputStream in = Files.newInputStream(truststore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, null);
			return store;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return Stream.of(factory.getTrustManagers())
			.filter(X509TrustManager.class::isInstance)
			.map(X509TrustManager.class::cast)
			.findFirst()
			.orElseThrow();
	}

	/** Trusts a chain that any of the trusted managers trusts. */
	private static final class AnyOf extends X509ExtendedTrustManager {

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			CertificateException last = null;
			for (X509TrustManager manager : TRUSTED) {
				try {
					manager.checkServerTrusted(chain, authType);
					return;
				}
				catch (CertificateException ex) {
					last = ex;
				}
			}
			throw (last != null) ? last : new CertificateException("Nothing is trusted");
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			checkServerTrusted(chain, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			checkServerTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("No client certificates here");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return TRUSTED.stream()
				.flatMap((manager) -> Stream.of(manager.getAcceptedIssuers()))
				.toArray(X509Certificate[]::new);
		}

	}

}
