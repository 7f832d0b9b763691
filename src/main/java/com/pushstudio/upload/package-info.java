/**
 * CSV uploads as background jobs: {@link com.pushstudio.upload.UploadJobs} takes a file
 * and the person's choices, and the jobs check it, convert it with the CSV engine
 * ({@code csv}) and push it in paced batches, exactly once, on the job engine
 * ({@link com.pushstudio.upload.UploadWorkers}). Its pages are in {@code upload.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uploads")
package com.pushstudio.upload;
