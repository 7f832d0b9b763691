/**
 * The SharePoint source pages: choosing a site and lists for a table, previewing them,
 * and the source's page with its lists, history, Sync now and schedule. Thin controllers
 * over {@link com.pushstudio.consolidation.SharePointSources}.
 */
package com.pushstudio.consolidation.web;
