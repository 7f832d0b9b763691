package com.pushstudio.dataset;

import com.pushstudio.powerbi.CreateDatasetRequest.Mode;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Relationship.CrossFilteringBehavior;
import com.pushstudio.powerbi.RetentionPolicy;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The fixed options of the designer's select fields, named as Power BI names them. */
@ControllerAdvice(assignableTypes = DatasetController.class)
class DatasetChoices {

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("dataTypes", Choice.of(DataType.values(), DataType::jsonName));
		model.addAttribute("retentions", Choice.of(RetentionPolicy.values(), RetentionPolicy::queryValue));
		model.addAttribute("modes", Choice.of(Mode.values(), Mode::jsonName));
		model.addAttribute("crossFilterings",
				Choice.of(CrossFilteringBehavior.values(), CrossFilteringBehavior::jsonName));
	}

}
