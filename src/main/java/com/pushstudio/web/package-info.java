/**
 * Shared web concerns: the security filter chain, page layout, content security policy
 * and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.pushstudio.web;
