using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Forms;
using SocialPrescribing.Web.Reports.Outcomes;
using SocialPrescribing.Web.Security;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Volunteer", WebPolicies.Volunteer);
            options.Conventions.AuthorizeFolder("/LinkWorker", WebPolicies.LinkWorker);
            options.Conventions.AuthorizeFolder("/Vcse", WebPolicies.Vcse);
            options.Conventions.AuthorizeFolder("/Reports", WebPolicies.Commissioner);
        })
            .AddMvcOptions(options =>
            {
                options.ModelBinderProviders.Insert(0, new DateInputModelBinderProvider());
                options.ModelBinderProviders.Insert(0, new NumberInputModelBinderProvider());
            })
            // No hidden "__Invariant" field beside date and number inputs: a GET form (every report) would put it in
            // the address. Dates are written and read as yyyy-MM-dd in every culture, so nothing else changes.
            .AddViewOptions(options => options.HtmlHelperOptions.FormInputRenderMode = Microsoft.AspNetCore.Mvc.Rendering.FormInputRenderMode.AlwaysUseCurrentCulture);
        builder.AddProxyHeaders();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddPageResilience();
        builder.AddWebSignIn();

        // "_grpc.matching" resolves through service discovery to services:matching:grpc:0,
        // the matcher's HTTP/2 endpoint (its HTTP/1 endpoint cannot carry gRPC without TLS).
        builder.Services.AddGrpcClient<Matching.MatchingClient>(o => o.Address = new Uri("http://_grpc.matching"))
            .RetrySideEffectFreeMethods(Matching.Descriptor)
            .AddAuthTokenForwarding();

        builder.Services.AddHttpClient<VolunteeringClient>(http => http.BaseAddress = new Uri("http://volunteering"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<ReferralsClient>(http => http.BaseAddress = new Uri("http://referrals"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<ReferralReportsClient>(http => http.BaseAddress = new Uri("http://referrals"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<SroiClient>(http => http.BaseAddress = new Uri("http://volunteering"))
            .AddAuthTokenForwarding();
        builder.Services.AddHttpClient<DirectoryClient>(http => http.BaseAddress = new Uri("http://directory"));
        builder.AddVcseServiceClients();
        builder.Services.AddOutcomeSources();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<VolunteerFormOptions>();
        builder.AddLinkWorkerServices();
        builder.AddPublicServices();
    }
}
