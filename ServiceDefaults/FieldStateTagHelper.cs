using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Ties a named form control to its <see cref="FieldErrorTagHelper"/> message for screen readers:
/// <c>aria-describedby="title-error"</c> always, <c>aria-invalid="true"</c> while it is in error.
/// </summary>
[HtmlTargetElement("input", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class FieldStateTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Attributes["name"]?.Value?.ToString() is not { Length: > 0 } name
            || output.Attributes["type"]?.Value?.ToString() == "hidden")
        {
            return;
        }
        output.Attributes.SetAttribute("aria-describedby", $"{name}-error");
        if (ViewContext.ModelState.HasError(name))
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
