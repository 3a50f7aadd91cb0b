using Microsoft.Extensions.FileProviders;
using SocialPrescribing.Web.Pages.Errors;
using SocialPrescribing.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseErrorPages();
app.MapDefaultEndpoints(errorsAsProblemDetails: false);
app.UseStaticFiles();
// The NHS.UK stylesheet asks for its icons at /assets/images; the build copies them under wwwroot/nhsuk/assets.
app.UseStaticFiles(new StaticFileOptions
{
    RequestPath = "/assets",
    FileProvider = new PhysicalFileProvider(Path.Combine(app.Environment.WebRootPath, "nhsuk", "assets")),
});
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
