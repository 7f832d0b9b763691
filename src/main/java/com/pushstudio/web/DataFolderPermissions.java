package com.pushstudio.web;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Keeps the data folder owner-only. Before any bean exists the folder is made 0700, so
 * that the database and the keys are never in a folder others can enter; once the
 * application is ready, the files the embedded database created with the default mode are
 * made 0600. Registered in {@code spring.factories}: it must run before the context's
 * beans.
 */
class DataFolderPermissions implements SmartApplicationListener {

	private static final Logger logger = LoggerFactory.getLogger(DataFolderPermissions.class);

	static final String DATA_DIR = "push-studio.data-dir";

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationReadyEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			dataFolder(prepared.getApplicationContext().getEnvironment(), true);
		}
		else if (event instanceof ApplicationReadyEvent ready) {
			dataFolder(ready.getApplicationContext().getEnvironment(), false);
		}
	}

	private static void dataFolder(Environment environment, boolean create) {
		String dataDir = environment.getProperty(DATA_DIR);
		if (dataDir == null || dataDir.isBlank()) {
			return;
		}
		Path folder = Path.of(dataDir);
		try {
			if (create) {
				OwnerOnlyFiles.createFolder(folder);
			}
			OwnerOnlyFiles.restrictTree(folder);
		}
		catch (IOException | RuntimeException ex) {
			// A folder that belongs to someone else (a mounted volume) cannot be changed:
			// say so, and let the application run as the folder allows.
			logger.warn("Could not make the data folder {} owner-only: {}", folder.toAbsolutePath(), ex.toString());
		}
	}

}
