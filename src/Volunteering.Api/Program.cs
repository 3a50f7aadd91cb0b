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
    .MapCommissioningApi();
app.MapGrpcService<VolunteeringService>();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
