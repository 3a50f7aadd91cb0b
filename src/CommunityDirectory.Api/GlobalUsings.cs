global using Microsoft.AspNetCore.Http.HttpResults;
global using SocialPrescribing.CommunityDirectory;
global using SocialPrescribing.CommunityDirectory.Apis;
global using SocialPrescribing.CommunityDirectory.Application;
global using SocialPrescribing.CommunityDirectory.Grpc;
global using SocialPrescribing.CommunityDirectory.Infrastructure;
global using SocialPrescribing.CommunityDirectory.Model;
