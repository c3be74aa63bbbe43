using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// <c>&lt;field-error name="title" /&gt;</c>: the messages ModelState holds for one form field, in
/// an element the field's <c>aria-describedby="title-error"</c> points at; nothing when it is valid.
/// Form fields carry the same names as the API's JSON, so one set of errors serves both.
/// </summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public string Name { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var errors = ViewContext.ModelState.TryGetValue(Name, out var entry) ? entry.Errors : null;
        if (errors is not { Count: > 0 })
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", $"{Name}-error");
        output.Attributes.SetAttribute("class", "error");
        output.Content.SetContent(string.Join(" ", errors.Select(e => e.ErrorMessage)));
    }
}
