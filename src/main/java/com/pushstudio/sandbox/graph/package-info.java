/**
 * The sandbox Microsoft Graph API for SharePoint lists under
 * {@code /sandbox/graph/v1.0/...} (sites, lists, columns, items, items delta with 410
 * resync and injectable throttling), its seeded demo sites, and the page
 * {@code /sandbox/sharepoint} that changes lists and items. Sandbox mode only.
 */
package com.pushstudio.sandbox.graph;
