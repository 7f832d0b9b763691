/**
 * The Power BI REST API client and its model: the only place that speaks HTTP to Power
 * BI. Calls carry the user's token from the account feature and map Power BI's errors to
 * typed exceptions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Power BI client")
package com.pushstudio.powerbi;
