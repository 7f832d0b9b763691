package com.pushstudio.upload;

/**
 * What a conversion pass handed to the batch consumer.
 *
 * @param report the validation done on the way (rows left out are listed there)
 * @param rowsSent rows written into batches
 * @param batches batches handed to the consumer
 */
public record ConversionResult(ValidationReport report, long rowsSent, int batches) {
}
