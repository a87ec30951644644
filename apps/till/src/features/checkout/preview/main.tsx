import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutPreview } from './checkout-preview';
import '../../../styles/base.css';
import '../../../styles/layout.css';
import '../../../styles/components.css';
import '../../../styles/tabs.css';

// The checkout pieces on their own, for looking at them and for the browser spec; never built into the till.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CheckoutPreview scenario={new URLSearchParams(window.location.search).get('show') ?? ''} />
    </StrictMode>,
  );
}
