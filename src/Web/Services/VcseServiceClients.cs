namespace SocialPrescribing.Web.Services;

internal static class VcseServiceClients
{
    /// <summary>The services behind the VCSE pages, each called with the signed-in member of staff's token.</summary>
    public static void AddVcseServiceClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<DirectoryActivitiesClient>(http => http.BaseAddress = new Uri("http://directory"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<ProviderConnectionsClient>(http => http.BaseAddress = new Uri("http://referrals"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<PartnerSurveyClient>(http => http.BaseAddress = new Uri("http://directory"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<ApiClientsClient>(http => http.BaseAddress = new Uri("http://identity"))
            .AddAuthTokenForwarding();
    }
}
