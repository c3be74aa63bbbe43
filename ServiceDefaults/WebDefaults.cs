using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// What a department's service needs to serve its API and its pages: JSON with enums by name,
/// an OpenAPI document, Razor Pages kept in feature folders, and a clock tests can replace.
/// </summary>
public static class WebDefaults
{
    public static TBuilder AddApiAndPages<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddOpenApi();
        // Vietnamese is written as itself in pages, not as &#x1EA3; entities a reader of the source cannot search.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Pages live beside the endpoints and data of their feature (Tasks/, Reports/), not in Pages/.
        builder.Services.AddRazorPages(options => options.RootDirectory = "/")
            .AddMvcOptions(options => UseBilingualBindingMessages(options.ModelBindingMessageProvider));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var customize = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                customize?.Invoke(context);
                context.ProblemDetails.Title = BilingualTitle(context.ProblemDetails.Title);
            };
        });
        return builder;
    }

    /// <summary>The framework's English titles a client of this API sees most, Vietnamese first.</summary>
    private static string? BilingualTitle(string? title) => title switch
    {
        "One or more validation errors occurred." => "Dữ liệu không hợp lệ / One or more fields are invalid",
        "Not Found" => "Không tìm thấy / Not found",
        "Bad Request" => "Yêu cầu không hợp lệ / Bad request",
        "Unsupported Media Type" => "Định dạng không được hỗ trợ / Unsupported media type",
        _ => title,
    };

    private static void UseBilingualBindingMessages(DefaultModelBindingMessageProvider messages)
    {
        static string Invalid(string? value) => $"Giá trị \"{value}\" không hợp lệ. / The value \"{value}\" is not valid.";
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => Invalid(null));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid(null));
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetValueMustBeANumberAccessor(_ => "Phải là một số. / Must be a number.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Phải là một số. / Must be a number.");
        messages.SetValueMustNotBeNullAccessor(_ => ValidationErrors.RequiredMessage);
    }

    /// <summary>
    /// The OpenAPI document sits under the service's own API prefix
    /// (<c>/api/tasks/openapi/v1.json</c>) so that the gateway forwards it like any other API path.
    /// </summary>
    public static IEndpointConventionBuilder MapOpenApiUnder(this IEndpointRouteBuilder app, string apiPrefix) =>
        app.MapOpenApi($"{apiPrefix}/openapi/{{documentName}}.json");
}
