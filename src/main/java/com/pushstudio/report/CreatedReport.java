package com.pushstudio.report;

import com.pushstudio.powerbi.Report;

/** A report made for a dataset, and how: cloned onto it, or copied and rebound to it. */
record CreatedReport(Report report, Route route) {

	enum Route {

		CLONED, REBOUND

	}

}
