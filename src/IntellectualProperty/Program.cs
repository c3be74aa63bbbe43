using StPlatform.IntellectualProperty;
using StPlatform.IntellectualProperty.Alerts;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.IntellectualProperty.Owners;
using StPlatform.IntellectualProperty.Search;
using StPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIntellectualProperty();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApiUnder(IpAssetApi.Prefix);
app.MapIpAssetApi();
app.MapLegalEventApi();
app.MapPortfolioApi();
app.MapFeeAlertApi();
app.MapExportApi();
app.MapRazorPages();

app.Run();

/// <summary>Named by the tests' WebApplicationFactory.</summary>
public partial class Program;
