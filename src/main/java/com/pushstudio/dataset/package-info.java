/**
 * The push-dataset designer: web forms for tables, columns, measures and relationships,
 * checked against Power BI's rules before the dataset is created through the Power BI
 * client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Datasets")
package com.pushstudio.dataset;
