using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace StPlatform.ServiceDefaults;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts an API-style validation result on a page, under the same field names. A field the
    /// form could not even bind ("abc" for a year) keeps its binding message alone.
    /// </summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            if (modelState.HasError(field))
            {
                continue;
            }
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }
    }

    /// <summary>Whether a field should be marked <c>aria-invalid</c>.</summary>
    public static bool HasError(this ModelStateDictionary modelState, string field) =>
        modelState is not null && modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;
}
