package com.pushstudio.dataset;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the designer.
 *
 * @param sampleRows how many rows of a CSV sample are read to propose column types
 */
@ConfigurationProperties("push-studio.dataset")
@Validated
record DatasetProperties(@DefaultValue("1000") @Positive int sampleRows) {

}
