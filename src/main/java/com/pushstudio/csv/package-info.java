/**
 * The CSV engine: no Spring. Reads a file as a stream, detects how it is written
 * (encoding, delimiter, decimal separator, date format), bounds what a record may hold,
 * and converts cells to Power BI's types by one set of rules, for uploads and for the
 * tables proposed from a sample alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSV engine")
package com.pushstudio.csv;
