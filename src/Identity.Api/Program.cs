using SocialPrescribing.Identity.Apis;
using SocialPrescribing.Identity.Infrastructure.SignInLimits;
using SocialPrescribing.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseForwardedHeaders();
// The sign-in pages' NHS.UK design system, served by this service itself (see NhsukFrontend.targets).
app.UseStaticFiles();
// Before authentication: OpenIddict answers token requests (checking secrets and codes) there, after the shared
// edge checks (MapDefaultEndpoints) have refused malformed forms.
app.UseTokenEndpointLimits();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapDefaultOpenApi("Identity API");
app.MapConnectEndpoints();
app.MapOneTimeCodeApi();
app.MapClientsApi();
app.MapDevelopmentOutboxApi();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
