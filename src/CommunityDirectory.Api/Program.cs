using SocialPrescribing.OpenApi;
using SocialPrescribing.CommunityDirectory.Apis.Oruk;
using SocialPrescribing.CommunityDirectory.Apis.PartnerSurvey;
using SocialPrescribing.CommunityDirectory.Apis.Search;
using SocialPrescribing.CommunityDirectory.Apis.Vcse;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultOpenApi("Community-asset directory API");

app.MapOrukApi();
app.MapGroup("/api").RequireAuthorization(DirectoryPolicies.ManageListings)
    .MapOrganisationApi()
    .MapLocationsApi()
    .MapActivitiesApi();
app.MapGroup("/api").RequireAuthorization(DirectoryPolicies.Search)
    .MapSearchApi();
app.MapGroup("/api").RequireAuthorization(DirectoryPolicies.AnswerPartnerSurvey)
    .MapPartnerSurveyApi();
app.MapGroup("/api").RequireAuthorization(DirectoryPolicies.Reports)
    .MapPartnerSurveyReportApi();
// Each method names the one service that calls it.
app.MapGrpcService<DirectoryService>().RequireAuthorization();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
