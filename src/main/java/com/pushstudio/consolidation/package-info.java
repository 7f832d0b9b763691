/**
 * SharePoint lists kept in a dataset's table: sources chosen by a rule, synced exactly
 * through Graph's delta feeds (append when only new items came, rebuild otherwise), on a
 * schedule run by the job engine, with a history per table. Pages are in
 * {@code consolidation.web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SharePoint consolidation")
package com.pushstudio.consolidation;
