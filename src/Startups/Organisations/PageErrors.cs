using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using StPlatform.ServiceDefaults;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// Shows an API handler's refusal on the page that called it: the field errors of a 400 or of a
/// 409 (duplicate, wrong state) go under the same field names the form uses.
/// </summary>
public static class PageErrors
{
    /// <summary>False when <paramref name="result"/> carried no field errors (a success or a 404).</summary>
    public static bool AddApiErrors(this ModelStateDictionary modelState, IResult result)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var errors = result switch
        {
            ValidationProblem validation => validation.ProblemDetails.Errors,
            ProblemHttpResult problem when problem.ProblemDetails.Extensions.TryGetValue("errors", out var value)
                && value is IDictionary<string, string[]> fields => fields,
            _ => null,
        };
        if (errors is null)
        {
            return false;
        }
        foreach (var (field, messages) in errors)
        {
            foreach (var message in modelState.HasError(field) ? [] : messages)
            {
                modelState.AddModelError(field, message);
            }
        }
        return true;
    }
}
