// Sends the sandbox's form_post reply to the application at once, as Azure AD's page does.
document.forms.hiddenform.submit();
