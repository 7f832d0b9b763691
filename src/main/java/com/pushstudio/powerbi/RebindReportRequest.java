package com.pushstudio.powerbi;

/** The body of Rebind Report. */
record RebindReportRequest(String datasetId) {

}
