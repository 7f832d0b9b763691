/**
 * Reports on a pushed dataset: clone a template report onto it, or rebind one, and link
 * to the result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package com.pushstudio.report;
