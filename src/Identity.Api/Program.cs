using SocialPrescribing.Identity.Apis;
using SocialPrescribing.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseRateLimiter();
// Explicit, so OpenIddict (which reads token and authorisation forms while authenticating) runs after the shared edge checks.
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
