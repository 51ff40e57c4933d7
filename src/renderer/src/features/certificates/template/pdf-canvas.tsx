import { Box } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef } from 'react';

type PdfJs = typeof PdfJsModule;

let pdfjsLoading: Promise<PdfJs> | null = null;

/**
 * pdf.js is loaded on first use: only the template form draws PDFs, so the rest of the app does
 * not parse half a megabyte of it at start-up. Its worker is a file of the app itself (Vite's
 * `?url`), which the content policy allows.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return pdfjsLoading;
}

interface PdfCanvasProps {
  /** The PDF; its first page is drawn. */
  bytes: Uint8Array;
  /** Width ÷ height of the page, for the frame before the first drawing (A4: √2 or 1/√2). */
  aspect: number;
  label: string;
  onDrawn?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * The first page of a PDF on a canvas as wide as its frame. A new drawing is made off screen
 * and then copied over the old one, so the picture never blanks while the operator types.
 */
export function PdfCanvas({ bytes, aspect, label, onDrawn, onError }: PdfCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { ref: frameRef, width } = useElementSize<HTMLDivElement>();
  // Callbacks change identity each render; the drawing effect must not restart for that.
  const callbacks = useRef({ onDrawn, onError });
  useEffect(() => {
    callbacks.current = { onDrawn, onError };
  });

  useEffect(() => {
    if (width <= 0) return;
    let cancelled = false;
    let destroy: (() => void) | null = null;
    void (async () => {
      try {
        const pdfjs = await loadPdfJs();
        // getDocument hands the buffer to its worker (detaching it): give it a copy.
        const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false });
        destroy = () => void task.destroy();
        const doc = await task.promise;
        const page = await doc.getPage(1);
        if (cancelled) return;
        const unscaled = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (width * ratio) / unscaled.width });
        const offscreen = document.createElement('canvas');
        offscreen.width = Math.floor(viewport.width);
        offscreen.height = Math.floor(viewport.height);
        await page.render({ canvas: offscreen, viewport }).promise;
        const canvas = canvasRef.current;
        if (cancelled || !canvas) return;
        canvas.width = offscreen.width;
        canvas.height = offscreen.height;
        canvas.getContext('2d')?.drawImage(offscreen, 0, 0);
        callbacks.current.onDrawn?.();
      } catch (error) {
        if (!cancelled) callbacks.current.onError?.(error);
      }
    })();
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [bytes, width]);

  return (
    <Box ref={frameRef} w="100%">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={label}
        data-testid="certificate-preview-canvas"
        style={{
          display: 'block',
          width: '100%',
          height: width > 0 ? Math.round(width / aspect) : undefined,
          background: 'white',
          boxShadow: '0 1px 3px rgba(0,0,0,.12), 0 4px 16px rgba(0,0,0,.08)',
        }}
      />
    </Box>
  );
}
