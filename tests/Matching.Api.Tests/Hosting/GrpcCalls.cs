using Grpc.Core;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>Answers for the fake upstream clients, shaped as a real unary call's.</summary>
internal static class GrpcCalls
{
    public static AsyncUnaryCall<T> Answer<T>(T response) => Call(Task.FromResult(response));

    public static AsyncUnaryCall<T> Fail<T>(StatusCode code, string message) =>
        Call(Task.FromException<T>(new RpcException(new Status(code, message))));

    private static AsyncUnaryCall<T> Call<T>(Task<T> response) =>
        new(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
}
