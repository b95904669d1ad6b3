import * as path from 'node:path';
import { DynamicModule, Inject, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express, NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { CACHE_REVALIDATE, cacheControlFor, isServerPath, namesFile } from './delivery';

export interface PortalOptions {
  /** The built portal: web/dist, with x.br and x.gz beside its text files (vite-plugin-compression2). */
  root: string;
  /** Paths the server answers itself; neither a file nor the portal page is looked for there. */
  serverPrefixes: readonly string[];
}

const PORTAL_OPTIONS = Symbol('PortalOptions');

/**
 * Serves the built portal: its files precompressed (brotli or gzip, as the browser accepts) with their cache
 * policy, and index.html for every other path that is not a file, so the portal's own router can show the page.
 * Registered on init, after the controllers' routes; a request neither serves answers Nest's 404.
 */
@Module({})
export class PortalModule implements OnModuleInit {
  constructor(
    @Inject(PORTAL_OPTIONS) private readonly options: PortalOptions,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  static forRoot(options: PortalOptions): DynamicModule {
    return { module: PortalModule, providers: [{ provide: PORTAL_OPTIONS, useValue: options }] };
  }

  onModuleInit(): void {
    const { root, serverPrefixes } = this.options;
    const indexFile = path.join(root, 'index.html');
    const files = expressStaticGzip(root, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        redirect: false,
        cacheControl: false,
        setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlFor(path.relative(root, file))),
      },
    });
    const portalOnly = (req: Request, res: Response, next: NextFunction) =>
      isServerPath(req.path, serverPrefixes) ? next() : files(req, res, next);
    const page = (req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path, serverPrefixes)) return next();
      if (namesFile(req.path)) return next();
      res.setHeader('Cache-Control', CACHE_REVALIDATE);
      res.sendFile(indexFile, { cacheControl: false }, (error) => {
        if (error && !res.headersSent) next(error);
      });
    };
    this.adapterHost.httpAdapter.getInstance<Express>().use(portalOnly, page);
  }
}
