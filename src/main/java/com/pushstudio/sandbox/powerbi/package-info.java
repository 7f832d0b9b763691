/**
 * The sandbox Power BI push API under {@code /sandbox/powerbi/v1.0/myorg/...}: groups,
 * push datasets, tables, rows and the row-count query, with Power BI's checks, limits,
 * errors and injectable faults, kept in the database. Sandbox mode only.
 */
package com.pushstudio.sandbox.powerbi;
