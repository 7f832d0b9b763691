/**
 * The upload pages: choosing a file, its options and mapping, the progress page and the
 * list of uploads. Thin controllers over {@link com.pushstudio.upload.UploadJobs}; the
 * jobs themselves are in {@code upload}, the CSV engine in {@code csv}.
 */
package com.pushstudio.upload.web;
