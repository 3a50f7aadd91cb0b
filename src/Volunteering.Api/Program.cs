using SocialPrescribing.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultOpenApi("Volunteering API");

app.MapGroup("/api").RequireAuthorization(VolunteeringPolicies.Api)
    .MapVolunteersApi()
    .MapOrganisationsApi()
    .MapCommissioningApi()
    .MapExperienceApi();
// Each method names who may call it; a method without a rule still needs a token.
app.MapGrpcService<VolunteeringService>().RequireAuthorization();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
