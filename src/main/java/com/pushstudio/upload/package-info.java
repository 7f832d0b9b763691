/**
 * CSV uploads: parse, validate and convert rows to Power BI's types, then push them in
 * paced batches as persisted background jobs, exactly once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uploads")
package com.pushstudio.upload;
