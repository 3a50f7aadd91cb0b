using SocialPrescribing.Contracts.Matching;

namespace SocialPrescribing.Web;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // "_grpc.matching" resolves through service discovery to services:matching:grpc:0,
        // the matcher's HTTP/2 endpoint (its HTTP/1 endpoint cannot carry gRPC without TLS).
        builder.Services.AddGrpcClient<Matching.MatchingClient>(o => o.Address = new Uri("http://_grpc.matching"));
    }
}
