/**
 * The sandbox's report page, where a sandbox report's {@code webUrl} leads: the bound
 * dataset's tables as sortable tables and one simple chart each, so a local user sees the
 * rows they pushed. Sandbox mode only.
 */
package com.pushstudio.sandbox.reports;
