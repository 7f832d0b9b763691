package com.pushstudio.upload;

/**
 * The recorded table a file is uploaded into.
 *
 * @param columnsKnown whether its columns are recorded, so rows can be mapped onto them
 */
public record UploadTarget(String datasetName, String tableName, boolean columnsKnown) {
}
