using StPlatform.ServiceDefaults;
using StPlatform.Startups;
using StPlatform.Startups.Certificates;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Support;
using StPlatform.Startups.Verification;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStartups();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApiUnder(DirectoryApi.Prefix);
app.MapDirectoryApi();
app.MapExportApi();
app.MapOrganisationApi();
app.MapSubmissionApi();
app.MapVerificationApi();
app.MapCertificateApi();
app.MapSupportApi();
app.MapRazorPages();

app.Run();

/// <summary>Named by the tests' WebApplicationFactory.</summary>
public partial class Program;
